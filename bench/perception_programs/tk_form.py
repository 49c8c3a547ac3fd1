"""A Tk form: Tk publishes no accessibility tree, so this is the benchmark's pixels-only program."""

import tkinter as t

root = t.Tk()
root.title("Tk form")
t.Label(root, text="Name").pack()
t.Entry(root).pack()
t.Checkbutton(root, text="Remember me").pack()
t.Button(root, text="Save").pack()
root.mainloop()

"""The conversion loop (S1-S6): logged model calls become local specialists, on this machine.

export (S2) -> cluster (S3) -> pick a base (S4) -> LoRA fine-tune (S5) -> evaluate and promote (S6).
`training` reads the store, scrubs with `privacy` and runs models through `runtimes`; it never
imports the agent, so the loop works on logs alone.
"""

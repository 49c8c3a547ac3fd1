"""The application layer: what a person can do with Deskhand, once, for both of its faces.

The command line (`app.cli`) and the window (`app.ui`) import only these services, `app.config`,
`app.errors` and the shared vocabulary (`app.agent.steps`, `app.desktop.elements`); an
import-linter contract holds them to it. Each module is one concept:

- `run`: open the run log and a session, run a task, stop it, escalate, finish with a result;
- `cloud`: the cloud provider, its key, and the person's choice of cloud use for a run;
- `desktop`: where a run acts (a private sandbox display or the person's own) and the stop hotkey;
- `models`: the hardware, the model files, the roles and servers, downloads;
- `training`: the conversion loop and where it stands (`status()`);
- `insights`: the run log read back: runs, calls, the outbound ledger, the figures;
- `serve`: the local models on an OpenAI-compatible endpoint for other programs (never the cloud);
- `settings`: `deskhand.toml`, the one configuration file both faces read and write;
- `ask`: questions answered by the local model from the screen or a folder of documents, with sources.

Services are plain Python (no Qt): the window turns their events into signals, the CLI prints
them.
"""

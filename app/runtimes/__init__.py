"""Language-model backends behind one protocol, and the catalog of model files they load."""

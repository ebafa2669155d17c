"""ipywidgets views, one module per step of the method, and the app that tabs them."""

"""netkit on JupyterHub, for a coach and their clients.

- :mod:`~netkit.hub.home`: the app and the notebooks put into a client's home (idempotent).
- :mod:`~netkit.hub.singleuser`: the single-user start command (set up the home, then the
  Jupyter server with Voilà).
- :mod:`~netkit.hub.figures`: the progress figures a client may share (numbers and dates
  only, never names, notes or messages) and which of them call for a nudge.
- :mod:`~netkit.hub.share`: a client's consent, and sending or withdrawing the figures.
- :mod:`~netkit.hub.roster`: the hub-managed service that keeps the shared figures and
  shows the coach their roster (hub OAuth, custom scopes).

Nothing here imports ipywidgets; nothing runs a server of netkit's own outside the hub.
"""

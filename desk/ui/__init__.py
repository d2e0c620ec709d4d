"""The desk's Qt user interface.

One package per feature (search/, customer/), a main window that only assembles them, and one op runner
(ops.py) through which every service call runs off the GUI thread. Nothing here imports SQLAlchemy or
opens a database session: services do that in the worker thread.
"""

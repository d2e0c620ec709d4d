"""Benchmarks: `desk-admin bench` and `make bench`. Figures printed, never timed unit tests.

- `stats`: timings and their percentiles;
- `reads`: what an agent waits for (search, the customer header, timeline pages) through the desk's services and
  as raw SQL on the same connection, plus a decision write and an approval;
- `concurrency`: N simulated agents doing a realistic mix, then the integrity counts;
- `desk.ui.bench` (Qt stays in desk.ui): inside the application, keystroke to painted results, customer to painted timeline, cold start, memory,
  and the longest stall of the GUI thread;
- `report`: the table and the JSON, each figure against its target.
"""

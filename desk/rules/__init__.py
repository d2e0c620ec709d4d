"""Business rules as pure functions of plain data: no database, no Qt, testable at their exact edges.

- settings: the after-sales rules file (windows, legal periods, fees, warranty cover) as data
- dates: local calendar dates of a store, months added the way contracts count them
- states: which state of a case may follow which
- returns: whether a purchased line may be returned, and for how much
- warranty: the entitlement verdict of a warranty claim
"""

"""Default checklists per trade, loaded into `TaskTemplate` by a data migration.

Each line: (name, minutes, needs_customer). Exterior, truck and paperwork work needs no
customer, so a technician can start it while a homeowner is on the way.
"""

DEFAULT_TASKS: dict[str, list[tuple[str, int, bool]]] = {
    "hvac": [
        ("Inspect outdoor condenser unit", 15, False),
        ("Clean condenser coil", 20, False),
        ("Check refrigerant line insulation and pressures", 15, False),
        ("Check outdoor disconnect and capacitor", 10, False),
        ("Replace air filter", 5, True),
        ("Inspect indoor air handler and drain line", 15, True),
        ("Test thermostat and cycle the system", 10, True),
        ("Review findings with the customer", 10, True),
    ],
    "plumbing": [
        ("Locate and test the main shut-off valve", 10, False),
        ("Check outdoor hose bibs for leaks", 10, False),
        ("Prep parts and tools from the truck", 10, False),
        ("Inspect water heater and relief valve", 15, True),
        ("Diagnose the reported leak or clog", 30, True),
        ("Pressure-test the repaired line", 10, True),
        ("Review findings with the customer", 10, True),
    ],
    "electrical": [
        ("Inspect service entrance and meter base", 10, False),
        ("Check exterior outlets and GFCIs", 10, False),
        ("Prep breakers and wire from the truck", 10, False),
        ("Inspect the main panel", 15, True),
        ("Trace and repair the faulty circuit", 40, True),
        ("Test smoke and CO detectors", 10, True),
        ("Review findings with the customer", 10, True),
    ],
    "appliance": [
        ("Look up model, wiring diagram and service bulletins", 10, False),
        ("Stage replacement parts from the truck", 10, False),
        ("Run appliance diagnostics", 20, True),
        ("Replace the failed part", 30, True),
        ("Test a full cycle", 20, True),
        ("Review care tips with the customer", 5, True),
    ],
    "locksmith": [
        ("Inspect exterior door, frame and strike plate", 10, False),
        ("Prep lock hardware and cut keys", 15, False),
        ("Verify the customer's ID", 5, True),
        ("Install or rekey the lock", 30, True),
        ("Test all keys with the customer", 5, True),
    ],
    "garage_door": [
        ("Inspect springs, cables and rollers from outside", 15, False),
        ("Lubricate tracks and hinges", 10, False),
        ("Check the door balance", 10, False),
        ("Test opener safety reverse and sensors", 10, True),
        ("Program remotes and keypad", 10, True),
    ],
    "pest": [
        ("Inspect the exterior perimeter and entry points", 20, False),
        ("Treat the exterior foundation", 20, False),
        ("Place and check exterior bait stations", 15, False),
        ("Inspect interior rooms", 20, True),
        ("Treat interior areas", 20, True),
        ("Go over prevention tips with the customer", 5, True),
    ],
    "roofing": [
        ("Inspect the roof surface and flashing", 30, False),
        ("Check gutters and downspouts", 15, False),
        ("Photograph damage for the estimate", 10, False),
        ("Check the attic for leaks", 15, True),
        ("Walk the customer through the estimate", 15, True),
    ],
}

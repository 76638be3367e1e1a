"""What the domain announces. Listeners (the messaging app) receive `job` and `event`,
plus the keyword arguments named beside each signal. Sent inside the transaction of the
change, so a listener's writes commit or roll back with it."""

from django.dispatch import Signal

job_scheduled = Signal()
job_confirmed = Signal()
window_changed = Signal()  # moved_by_business: bool, previous_start, previous_end
job_reassigned = Signal()  # previous_technician
job_en_route = Signal()
eta_changed = Signal()  # previous_eta
job_delayed = Signal()  # expected_at, reason
job_arrived = Signal()
job_completed = Signal()
job_cancelled = Signal()  # reason
customer_running_late = Signal()  # expected_at
customer_home = Signal()
attention_needed = Signal()  # reason, urgent
task_done = Signal()  # task

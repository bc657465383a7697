// The handlers of every outbox event kind, registered once when the processor loads.
import '../notify/workflow-notifications.js';

// The handlers of every outbox event kind, registered once when the processor loads. Report files
// come first so that the sign-off email's links find them.
import '../report-files/report-handlers.js';
import '../notify/workflow-notifications.js';

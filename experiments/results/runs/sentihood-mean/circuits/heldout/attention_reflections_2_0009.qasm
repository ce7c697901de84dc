// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4787816137770897) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 17141cc73414a90a14cf69fab5fcd7bf7d471cc34eb8614fd7ba2947c8781399

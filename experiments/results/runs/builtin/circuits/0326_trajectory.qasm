// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5335225659759844) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6121909d3db65ec41775d25962e4c63a023512359543fc872dbaa22b848b8b27

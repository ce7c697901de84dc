// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4254548890968137) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6f1c28164997f381e5e1bdc5fe92cabe716d765a959231cefeeffb96fc1fb098

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5225594066769486) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0848bb18eedd53665d18e24b12c50fc5c3ad0211c39f272b1e59a75676ac1756

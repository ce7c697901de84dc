// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9505083130853018) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 362da0ccfedc6bba08c2621a7caa591a0d241629fbbf1259c28d31063d67d691

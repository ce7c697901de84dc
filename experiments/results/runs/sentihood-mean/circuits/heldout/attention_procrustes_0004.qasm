// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3930474127066435) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c8caaf2e7d19a0eb5ecfa520e34dbf542b0eadc78e88ccffc70640dc1b6b2d4

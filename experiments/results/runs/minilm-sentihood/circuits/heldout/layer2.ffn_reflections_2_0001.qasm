// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5039068329558076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 96bfedf70ec7a119ebc229040ed231eaeb4da0560a1e8ecb27480a059efbf0cd

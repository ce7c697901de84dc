// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1792636675849333) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e9cd79c532b0c1713937e8274ac5fe0d21929de94d6a3479d6b9e9612e70407a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.892586529515308) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4375eed75fa5991b40acc014147394f4d18b36e26ad64dd155200ddfc0208f27

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6893804009100335) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c52cfe4a55b2b618e34ecd0b5b9050b63644939be473a27eb347d3aab09afe2b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6481402791323128) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 79288dc89d9d7934d73aff79ad28ce4e6c2e27c0e15e82cb730ee480b319c4e6

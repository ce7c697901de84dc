// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8207170895747655) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba6844db6f29a6858a3c84149af7ae2b2fb30acd6377c2c0e2c47541345727ec

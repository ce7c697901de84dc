// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2938972786787093) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 319d12f4291ceacadcf782546371caa95de664c6fc62ced9f849dad474197d73

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0709411125361887) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5a87e2cff157793d80fac4744ce450f8b404a467db6d38b3b3650bcb40736185

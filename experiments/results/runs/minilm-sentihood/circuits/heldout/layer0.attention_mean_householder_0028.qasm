// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7051723962285931) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85be471d1ce8b09074fae02963abbb9f43fded0e032bfbb06a23d5b3f737706a

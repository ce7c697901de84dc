// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3274696296508295) q[0];
ry(2.7688464446872008) q[0];
rz(0.30640950588365357) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 871e00c362d62a24f521ed3c0ecd03900838c10dd91e75f1955c497918a2bff3

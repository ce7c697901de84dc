// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3774420348858616) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 17031f27904a81f8f872815ab9ce57c9b42734b4c871363020471037cf9e5a03

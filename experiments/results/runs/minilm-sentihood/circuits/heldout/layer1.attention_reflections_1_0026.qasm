// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2486290814755692) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 52be5b165ba4c1c78ab64ce97a17bbe05ff9d1a6cf5d9830c765f208e2b3f725

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0667630888922683) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d56a39f45db091ac4ea50eb8444a12289cd961aaac722c2bad3e83e91d490bbb

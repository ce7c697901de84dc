// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8277822171064377) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e7d4288e3e022a9f9d37b40a3aca6c93fcc8877a3f5f7b0f7363c9c331da7cfc

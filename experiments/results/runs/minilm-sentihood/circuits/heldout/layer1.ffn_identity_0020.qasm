// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.376292030647314) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a423f4c50f91a3c3ca3139e63b782f8687cdd83bd5d4e9116309eb094d5c0849

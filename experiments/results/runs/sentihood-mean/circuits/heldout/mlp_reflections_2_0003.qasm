// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6828748076598798) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 71facee00f538b5028ff7ad1820d55ddcc57f20739baf94f599d32df694384ae

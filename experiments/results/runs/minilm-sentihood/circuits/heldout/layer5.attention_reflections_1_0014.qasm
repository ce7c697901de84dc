// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.141659474222492) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f9d8cc0fab5b64ffcdf1474899cb0386aaee2266ddc30980235afc8352e91d0

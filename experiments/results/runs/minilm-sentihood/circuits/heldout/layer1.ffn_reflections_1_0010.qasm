// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.159938805983102) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3895280ede7f9441ee1cfb06bf8311f681d5d45f33e0b8e9e207f8ce2065dba

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4116236621730527) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 774e0c7fcc2c7e9e682204b2e5891a026cdf048d1c6fabfd94dd9d50fcf769fe

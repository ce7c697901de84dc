// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.08300752608017303) q[0];
ry(2.6014749928689898) q[0];
rz(0.07123447957132445) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aac49fbbeef3f651d632a40b404f90c951a97e566e9c1ba1cb87761f46155e12

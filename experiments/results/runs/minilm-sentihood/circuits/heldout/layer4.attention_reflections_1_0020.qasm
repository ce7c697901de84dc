// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5991126381901544) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b9e76ae1d795ef3be172538f8fd93deb9b4cac4df23724fef5c1ce5adc41b3e9

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.023183530947378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 488be39b367ac5d8be5c3a150376ebd9adabffa9010f220cae64b17bf9a0b81d

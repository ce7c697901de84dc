// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6515781999347912) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 53bc4ee7f3b17454e45abcabc559a4d949b2d9f2a1ecfdb103b8f5948edcd18e

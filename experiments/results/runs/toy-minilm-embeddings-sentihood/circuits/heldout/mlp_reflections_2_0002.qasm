// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8312710598858146) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a30c1e8eb9c3db6a255cfb8dd6dee114ff56e5541abcea000626b4c963121b12

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2881687599926597) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d079ff2b91e9a75229932739b9a23709bdcf74d8f7290611dc714a9b252eee40

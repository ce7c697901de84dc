// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.136104198528966) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa23a0e92452ceedea3d2694b09ff04acfda3e0524b87244f9c00ec6748effc3

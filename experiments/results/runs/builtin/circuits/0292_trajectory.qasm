// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.32134707128569) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a27b2072f0c5a1079ba1340dd21067a2dc451bfe1668380b8cf1e3822739712c

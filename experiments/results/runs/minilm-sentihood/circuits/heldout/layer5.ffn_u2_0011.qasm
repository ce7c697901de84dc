// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2319961997465465) q[0];
ry(1.6419388994743807) q[0];
rz(0.016791679299798634) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bafd72d4bb8ccd2592f54f4bca09e8de8693eb324db8dc1e97464151d7778764

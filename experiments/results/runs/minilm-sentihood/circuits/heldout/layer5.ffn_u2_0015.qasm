// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2411188511688227) q[0];
ry(1.8530697199868906) q[0];
rz(0.06838692740939178) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6fb2a8f3e089dc502ad169e370647d13938415d12b14dd9a350a28a03994d026

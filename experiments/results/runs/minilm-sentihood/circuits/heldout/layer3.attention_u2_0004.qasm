// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2227086037002497) q[0];
ry(1.9923651526359514) q[0];
rz(0.09240394757158654) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 57bada81cabaffdced1da6ae438b6286fa359810d5d9dab73c3dd01a19d6db99

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4124471467050026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b591c865934c65f7b35f4ddeed0ad94e3931f3f6a34f5eadca2fc23049ccba8

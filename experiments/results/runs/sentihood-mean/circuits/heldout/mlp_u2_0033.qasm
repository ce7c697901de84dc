// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7159145152582658) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 48d6bf4324f7e430297ae7ff533d93337afe9b53d1fa97a2710a2e8cacdfe30d

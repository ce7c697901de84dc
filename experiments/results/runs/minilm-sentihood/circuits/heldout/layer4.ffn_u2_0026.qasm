// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25249926792871014) q[0];
ry(2.0887474685215026) q[0];
rz(0.12705090836689514) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f645ecd06288c52cf14f0767982c55dd707f1f104ae299be63de7d7c2578a61c

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1475733992026096) q[0];
ry(1.5945607502301695) q[0];
rz(0.0035323316473951927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce681b6e3e62e008701d22e11690540b83f6ae6c183349e9aad41943eeb80387

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5920493704409238) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 251399927209475f761398c6246de85611312385f7e919779b7d7129ad4ba375
